#!/usr/bin/env bash
# Until 2026-12-04 the project restored a stand-in of its own for Patched.DistributedLock.Core 1.0.11 (docs/adr/0001),
# with the real package's id and version but no code. A machine that restored it then keeps it in its NuGet cache, and
# NuGet never downloads a version it has: the stand-in is removed once, so the real package is restored.
cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/patched.distributedlock.core/1.0.11"
if [ -d "$cached" ] && [ ! -d "$cached/lib" ]; then
  rm -rf "$cached"
  echo "Removed the old stand-in for Patched.DistributedLock.Core from the NuGet cache; the real package is restored now."
fi
exit 0
