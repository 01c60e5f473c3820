using System.Drawing;
using System.Text.Json;
using LivingLibrary.Api.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>An axe-core rule a page broke, with the elements at fault.</summary>
public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Targets)})";
}

/// <summary>
/// Debian's Chromium driven through its WebDriver (chromium-driver, both installed by scripts/chromium.sh), headless,
/// with a fresh profile and no network but the console's; axe-core (npm) run in each page on demand.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly ChromeDriver driver;
    private readonly DirectoryInfo profile = Directory.CreateTempSubdirectory("livinglibrary-webdriver-");
    private readonly string address;

    public Browser(string address)
    {
        this.address = address;
        // Selenium Manager (which would download a driver) is never asked: the driver and the browser are named.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.Find() ?? "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--lang=en-GB",
            $"--user-data-dir={profile.FullName}", "--window-size=1280,900");
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(30);
    }

    public string Url => driver.Url;

    /// <summary>After <see cref="Screenshots"/> found the page too wide at 360 px: what sticks out.</summary>
    public string Wider { get; private set; } = "";
    public string Path => new Uri(driver.Url).PathAndQuery;
    public string Title => driver.Title;
    public string Heading => driver.FindElement(By.TagName("h1")).Text;
    public string Text => driver.FindElement(By.TagName("body")).Text;

    public void Go(string path) => driver.Navigate().GoToUrl(address + path);

    public IWebElement Find(string css) => driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => driver.FindElements(By.CssSelector(css));

    /// <summary>Types into a field as a person would (a date or time input is given its ISO value, as its picker would).</summary>
    public void Fill(string css, string value)
    {
        var field = Find(css);
        if (field.GetAttribute("type") is "date" or "time")
        {
            driver.ExecuteScript("arguments[0].value = arguments[1];", field, value);
            return;
        }
        field.Clear();
        field.SendKeys(value);
    }

    /// <summary>Chooses an option of a list by its value (the code; what it says depends on the language).</summary>
    public void Choose(string css, string value) =>
        new OpenQA.Selenium.Support.UI.SelectElement(Find(css)).SelectByValue(value);

    /// <summary>Chooses an option of a list by what it says.</summary>
    public void ChooseText(string css, string text) =>
        new OpenQA.Selenium.Support.UI.SelectElement(Find(css)).SelectByText(text);

    /// <summary>Follows the (first) link that says <paramref name="text"/>.</summary>
    public void Follow(string text) => Navigating(() => driver.FindElement(By.PartialLinkText(text)).Click());

    public void Check(string css, bool on = true)
    {
        var box = Find(css);
        if (box.Selected != on) box.Click();
    }

    /// <summary>The browser's back button, waiting for the page it goes back to.</summary>
    public void Back() => Navigating(() => driver.Navigate().Back());

    /// <summary>Follows a link (or presses what <paramref name="css"/> names) and waits for the next page.</summary>
    public void Click(string css) => Navigating(() => Find(css).Click());

    /// <summary>Presses the button whose text is given, inside the element <paramref name="within"/>, and waits for the next page.</summary>
    /// <remarks>A console form that posts must leave the focus on what it did (<see cref="MessageFocus"/>), or this fails.</remarks>
    public void Press(string within, string text)
    {
        var button = Find(within).FindElements(By.CssSelector("button")).First(b => b.Text.Trim() == text);
        var posts = (bool)driver.ExecuteScript("const f = arguments[0].form; return !!f && f.method === 'post' && !/sign-in/.test(f.action);", button)!;
        Navigating(button.Click);
        if (posts && MessageFocus() is { } missing) throw new ShouldAssertException($"After pressing \"{text}\": {missing}");
    }

    /// <summary>
    /// After a post, null when the focus is on what it did: the success's message (the address ends in #message, and that
    /// element is a status with the focus), or the refusal's summary or first field at fault; else what is wrong.
    /// </summary>
    public string? MessageFocus() => (string?)driver.ExecuteScript("""
        const a = document.activeElement;
        const where = `${location.pathname}${location.search}${location.hash}, focus on ${a?.tagName.toLowerCase()}${a?.id ? '#' + a.id : ''}`;
        // A page that answers the post itself (a card's code, shown once and never stored to redirect to) focuses its status.
        if (a?.id === 'message' && a.getAttribute('role') === 'status') return null;
        if (location.hash === '#message')
          return a?.id === 'message' && a.getAttribute('role') === 'status' ? null : `the address ends in #message, but no status #message has the focus (${where})`;
        if (a?.matches('.problem[role=alert], [aria-invalid=true]')) return null;
        return `neither a message nor what to fix has the focus (${where})`;
        """);

    /// <summary>
    /// The tables shown as tables (a list shown as cards on a phone is not one) whose header row or first column would
    /// scroll out of view: each names its cells that are not sticky.
    /// </summary>
    public IReadOnlyList<string> UnstickyTables() => [.. ((IEnumerable<object>)driver.ExecuteScript("""
        const tables = [...document.querySelectorAll('main table')];
        return tables.filter(t => getComputedStyle(t).display === 'table').flatMap(t => {
          const loose = [...t.querySelectorAll('thead th'), ...[...t.tBodies].flatMap(b => [...b.rows].map(r => r.cells[0]))]
            .filter(c => c && getComputedStyle(c).position !== 'sticky');
          return loose.length === 0 ? [] : [`${t.id ? '#' + t.id : 'table ' + (tables.indexOf(t) + 1)}: ${loose.slice(0, 3).map(c => c.textContent.trim().slice(0, 30)).join(' | ')}`];
        });
        """)!).Select(o => o.ToString()!)];

    /// <summary>Does what leaves the page, then waits until the page it was on is gone and the next one has loaded.</summary>
    private void Navigating(Action action)
    {
        var before = driver.FindElement(By.TagName("html"));
        action();
        new OpenQA.Selenium.Support.UI.WebDriverWait(driver, TimeSpan.FromSeconds(30)).Until(d =>
        {
            try
            {
                _ = before.TagName;
                return false;
            }
            // Chromium says "stale", or (while the new document replaces the old one) that the node is in no document.
            catch (Exception e) when (e is StaleElementReferenceException or UnknownErrorException)
            {
                return Equals(((IJavaScriptExecutor)d).ExecuteScript("return document.readyState"), "complete");
            }
        });
    }

    /// <summary>Signs in through the development sign-in page.</summary>
    /// <param name="organisation">The organisation, or for a network coordinator their network's id.</param>
    public void SignIn(string userId, string organisation, string role)
    {
        Go("/console/sign-in");
        if (FindAll("form.signout button").Count > 0)
        {
            Click("form.signout button");
            Go("/console/sign-in");
        }
        Fill("#f-userId", userId);
        Fill(role == "networkCoordinator" ? "#f-networkId" : "#f-organisationId", organisation);
        Find($"input[name=role][value={role}]").Click();
        Press("main form", "Sign in");
    }

    /// <summary>Signs a participant in to their own space through its development sign-in page (docs/adr/0026), on their own phone.</summary>
    public void SignInParticipant(Guid participantId, string organisation)
    {
        Go("/console/me/sign-in");
        Fill("#f-participantId", participantId.ToString());
        Fill("#f-organisationId", organisation);
        Check("input[name=ownDevice]");
        Click("main form[action*='handler=Development'] button[type=submit]");
    }

    /// <summary>The page's HTML as the browser has it now.</summary>
    public string Html => driver.PageSource;

    /// <summary>Chooses <paramref name="file"/> in the file input <paramref name="css"/>, as a person picks a photo.</summary>
    public void Attach(string css, string file) => Find(css).SendKeys(file);

    /// <summary>GET <paramref name="path"/> from the page, with its cookies (a download the browser would save): status and text.</summary>
    public (long Status, string Text) Fetch(string path)
    {
        var answer = (IReadOnlyList<object>)((IJavaScriptExecutor)driver).ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text().then(t => done([r.status, t])));", path)!;
        return (Convert.ToInt64(answer[0]), (string)answer[1]!);
    }

    /// <summary>The HTTP status the page was answered with (the navigation's own entry).</summary>
    public long Status => Convert.ToInt64(driver.ExecuteScript("return performance.getEntriesByType('navigation')[0].responseStatus;"));

    /// <summary>The text made <paramref name="percent"/> % larger, as a phone's text-size setting does (the root's font size; px stay px).</summary>
    public void TextZoom(int percent) => driver.ExecuteScript(
        "const r = document.documentElement; r.style.fontSize = (parseFloat(getComputedStyle(r).fontSize) * arguments[0] / 100) + 'px';", percent);

    /// <summary>
    /// The links, buttons and fields a finger hits that are smaller than <paramref name="px"/> CSS pixels either way (a box or
    /// a radio button counts with the label around or for it), among those on screen (not a skip link kept off it).
    /// </summary>
    public IReadOnlyList<string> SmallTargets(int px) => [.. ((IEnumerable<object>)driver.ExecuteScript("""
        const px = arguments[0], w = document.documentElement.clientWidth;
        return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')].flatMap(e => {
          const label = (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') || (e.id && document.querySelector(`label[for="${e.id}"]`))) : null;
          const r = (label || e).getBoundingClientRect();
          if (r.width === 0 || r.right < 0 || r.left > w) return [];
          return r.width < px - 0.5 || r.height < px - 0.5
            ? [`${e.tagName.toLowerCase()}${e.name ? '[name=' + e.name + ']' : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`] : [];
        });
        """, px)!).Select(o => o.ToString()!)];

    /// <summary>How wide the page is beyond the screen, either side (a right-to-left page scrolls to the left).</summary>
    public long Overflow => Convert.ToInt64(driver.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));

    /// <summary>A slow mobile connection for every request from now on (Chromium's network conditions), and no cache: each page as on a first visit.</summary>
    public void Throttle(TimeSpan latency, int downloadKbitPerSecond, int uploadKbitPerSecond)
    {
        driver.NetworkConditions = new OpenQA.Selenium.Chromium.ChromiumNetworkConditions
        {
            Latency = latency, DownloadThroughput = downloadKbitPerSecond * 1000 / 8, UploadThroughput = uploadKbitPerSecond * 1000 / 8,
        };
        driver.ExecuteCdpCommand("Network.enable", []);
        driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = true });
    }

    /// <summary>What the page as it is now fetched: whether it has loaded, its scripts, and the bytes it took on the wire and in bodies.</summary>
    public (bool Complete, int Scripts, long Transferred, long Encoded, long Decoded) Weight()
    {
        var found = (IReadOnlyDictionary<string, object>)driver.ExecuteScript("""
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            const sum = key => entries.reduce((total, e) => total + e[key], 0);
            return { complete: document.readyState === 'complete', transferred: sum('transferSize'), encoded: sum('encodedBodySize'), decoded: sum('decodedBodySize'),
              scripts: document.scripts.length + entries.filter(e => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name)).length };
            """)!;
        return ((bool)found["complete"], Convert.ToInt32(found["scripts"]), Convert.ToInt64(found["transferred"]), Convert.ToInt64(found["encoded"]), Convert.ToInt64(found["decoded"]));
    }

    /// <summary>The value of an attribute of the page's root (lang, dir).</summary>
    public string? Root(string attribute) => driver.FindElement(By.TagName("html")).GetAttribute(attribute);

    /// <summary>axe-core's serious and critical violations on the page as it is now.</summary>
    public IReadOnlyList<Violation> Violations()
    {
        driver.ExecuteScript(Axe.Source);
        var json = (string?)driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            "axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));");
        return [.. JsonDocument.Parse(json ?? "[]").RootElement.EnumerateArray()
            .Select(v => new Violation(v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString() ?? "", v.GetProperty("help").GetString()!,
                [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").ToString())]))
            .Where(v => v.Impact is "serious" or "critical")];
    }

    /// <summary>The whole page at 360 and 1280 CSS pixels wide, as test artefacts; the width it needed at 360 (no sideways scrolling of the page itself).</summary>
    public long Screenshots(string name)
    {
        long overflow = 0;
        foreach (var width in new[] { 360, 1280 })
        {
            driver.Manage().Window.Size = new Size(width, 900);
            var height = Math.Min(6000, Convert.ToInt64(driver.ExecuteScript("return document.documentElement.scrollHeight;")));
            driver.Manage().Window.Size = new Size(width, (int)Math.Max(600, height));
            if (width == 360)
            {
                overflow = Convert.ToInt64(driver.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
                if (overflow > 0) Wider = WiderThanScreen();
            }
            driver.GetScreenshot().SaveAsFile(Artifacts.PathOf($"console-{name}-{width}.png"));
        }
        driver.Manage().Window.Size = new Size(1280, 900);
        return overflow;
    }

    /// <summary>The outermost elements that stick out of the screen's width (what to fix when a page is too wide).</summary>
    public string WiderThanScreen()
    {
        var found = driver.ExecuteScript("""
            const w = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.right > w + 1 && r.left < w || r.left < -1 && r.right > 0; });
            return out.filter(e => !out.includes(e.parentElement)).slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().width) + 'px').join(', ');
            """);
        return found?.ToString() ?? "";
    }

    public void Resize(int width) => driver.Manage().Window.Size = new Size(width, 900);

    public void Dispose()
    {
        driver.Quit();
        driver.Dispose();
        try { profile.Delete(true); } catch (IOException) { }
    }

    private static class Axe
    {
        private static string? source;

        /// <summary>axe.min.js as scripts/chromium.sh installed it under .data/axe-core.</summary>
        public static string Source => source ??= File.ReadAllText(Find());

        private static string Find()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var file = System.IO.Path.Combine(dir.FullName, ".data", "axe-core", "node_modules", "axe-core", "axe.min.js");
                if (File.Exists(file)) return file;
            }
            throw new InvalidOperationException("axe-core is not installed: run scripts/chromium.sh (npm install axe-core into .data/axe-core).");
        }
    }
}
