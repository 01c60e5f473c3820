namespace LivingLibrary.Domain;

// What the API's edge says of a request before any decision: its problem's title, a body or a value it cannot read, a
// version or a key that does not fit. Values are described in words (a text, a date written yyyy-MM-dd), never by a type.
public static partial class Says
{
    public static Message TitleInvalid => Of("title-invalid");
    public static Message TitleBadRequest => Of("title-bad-request");
    public static Message TitleUnauthorized => Of("title-unauthorized");
    public static Message TitleForbidden => Of("title-forbidden");
    public static Message TitleNotFound => Of("title-not-found");
    public static Message TitleMethodNotAllowed => Of("title-method-not-allowed");
    public static Message TitleConflict => Of("title-conflict");
    public static Message TitleStale => Of("title-stale");
    public static Message TitleTooLarge => Of("title-too-large");
    public static Message TitleUnsupportedMediaType => Of("title-unsupported-media-type");
    public static Message TitleUnprocessable => Of("title-unprocessable");
    public static Message TitleServerError => Of("title-server-error");
    public static Message TitleUnavailable => Of("title-unavailable");

    public static Message RequestUnreadable => Of("request-unreadable");
    public static Message BodyBroken => Of("body-broken");
    public static Message BodyNotJsonForRequest => Of("body-not-json-for-request");
    public static Message BodyRequired => Of("body-required");
    public static Message BodyRequiredNotNull => Of("body-required-not-null");
    public static Message NotValidJson(long line, long position) => Of("not-valid-json", new { line, position });
    public static Message NotAField => Of("not-a-field");
    public static Message CannotBeRead => Of("cannot-be-read");
    public static Message MustBe(Message kind) => Of("must-be", new { kind });
    public static Message MustBeNotNull(Message kind) => Of("must-be-not-null", new { kind });
    public static Message AText => Of("a-text");
    public static Message TrueOrFalse => Of("true-or-false");
    public static Message WholeNumber(string min, string max) => Of("whole-number", new { min, max });
    public static Message ANumber => Of("a-number");
    public static Message ADate => Of("a-date");
    public static Message ATime => Of("a-time");
    public static Message AMoment => Of("a-moment");
    public static Message AMomentWithOffset => Of("a-moment-with-offset");
    public static Message ADuration => Of("a-duration");
    public static Message AnId => Of("an-id");
    public static Message AChoice(IEnumerable<string> names) => Of("a-choice", new { names });
    public static Message AList(Message item) => Of("a-list", new { item });
    public static Message AnObjectOf(Message value) => Of("an-object-of", new { value });
    public static Message AnObjectWith(IEnumerable<string> fields) => Of("an-object-with", new { fields });
    public static Message AValue => Of("a-value");

    public static Message IfMatchStale(string sent, string current) => Of("if-match-stale", new { sent, current });
    public static Message StaleRace => Of("stale-race");
    public static Message LostRaces => Of("lost-races");
    public static Message AlreadyExists => Of("already-exists");
    public static Message DatabaseUnreachable => Of("database-unreachable");
    public static Message SomethingWentWrong => Of("something-went-wrong");

    public static Message IdempotencyKeyMismatch => Of("idempotency-key-mismatch");
    public static Message IdempotencyKeyTooLong(int max) => Of("idempotency-key-too-long", new { max });
    public static Message IdempotencyKeyReused => Of("idempotency-key-reused");
    public static Message IdempotencyPending => Of("idempotency-pending");

    public static Message NotAServiceCode => Of("not-a-service-code");
    public static Message NotAnOrganisation => Of("not-an-organisation");
    public static Message IssuedUnderOtherRules(int issued, int now) => Of("issued-under-other-rules", new { issued, now });
    public static Message NotAsIssued(string check) => Of("not-as-issued", new { check });

    public static Message CsvMalformed => Of("csv-malformed");
    public static Message CsvHeaderMissing => Of("csv-header-missing");
    public static Message CsvUnknownColumn => Of("csv-unknown-column");
    public static Message CsvColumnRequired => Of("csv-column-required");
    public static Message CsvTooManyLines(int max) => Of("csv-too-many-lines", new { max });
    public static Message CsvNotADate(string value) => Of("csv-not-a-date", new { value });
    public static Message CsvNotALevel(string value) => Of("csv-not-a-level", new { value });
    public static Message CsvNotAVersion(string value) => Of("csv-not-a-version", new { value });
    public static Message CsvNotASource(string value, IEnumerable<string> names) => Of("csv-not-a-source", new { value, names });
    public static Message CsvNotAMoment(string value) => Of("csv-not-a-moment", new { value });

    /// <summary>"a, b and c": how a list is said (the last item's word is the language's).</summary>
    public static Message ListAnd(string rest, string last) => Of("list-and", new { rest, last });
    public static Message ListOr(string rest, string last) => Of("list-or", new { rest, last });
}
