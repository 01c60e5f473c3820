using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Alba;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A form of a page as the browser has it: sent with the same tokens each time.</summary>
public sealed class ConsoleForm(ConsoleClient client, string url, (string Name, string Value)[] tokens)
{
    public Task<ConsoleAnswer> SendAsync(params (string Name, string Value)[] fields) => client.PostAsync(url, [.. fields, .. tokens]);
}

/// <summary>A page as the console answered it: its status, where it redirects, and its document to query.</summary>
public sealed record ConsoleAnswer(HttpStatusCode Status, string? Location, string Html)
{
    /// <summary>The cookies the answer set, as its Set-Cookie headers say them.</summary>
    public IReadOnlyList<string> SetCookies { get; init; } = [];

    private IDocument? document;

    public IDocument Document => document ??= new HtmlParser().ParseDocument(Html);

    /// <summary>The error shown next to a field (the element its input's aria-describedby names), or null.</summary>
    public string? ErrorOf(string field) => Document.GetElementById($"f-{new string([.. field.Select(c => char.IsLetterOrDigit(c) ? c : '-')])}-error")?.TextContent.Trim();

    public string Text => Document.Body?.TextContent ?? "";
}

/// <summary>
/// A person using the console through the test host: their cookies kept between requests, forms posted with the
/// antiforgery token of the page they come from, redirects not followed (so that a test sees them).
/// </summary>
public sealed class ConsoleClient
{
    private readonly HttpClient http;

    private ConsoleClient(IAlbaHost host, string? language)
    {
        // Each client is a device of its own, with an address of its own (what a limit per client address counts).
        var address = new IPAddress([10, .. System.Security.Cryptography.RandomNumberGenerator.GetBytes(3)]);
        http = new HttpClient(new Cookies(host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address))) { BaseAddress = new Uri("http://localhost") };
        if (language is not null) http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
    }

    public static ConsoleClient Anonymous(IAlbaHost host, string? language = "en") => new(host, language);

    /// <summary>Signed in through the development sign-in page, as the person would.</summary>
    public static async Task<ConsoleClient> SignInAsync(IAlbaHost host, string userId, string organisation, string role, string? language = "en")
    {
        var client = new ConsoleClient(host, language);
        var answer = await client.SubmitAsync("/console/sign-in", ("userId", userId), ("organisationId", organisation), ("role", role));
        answer.Status.ShouldBe(HttpStatusCode.Redirect, answer.Text);
        return client;
    }

    /// <summary>A participant signed in to their own space through its development sign-in (docs/adr/0026).</summary>
    public static async Task<ConsoleClient> SignInParticipantAsync(IAlbaHost host, Guid participantId, string organisation, string? language = "en")
    {
        var client = new ConsoleClient(host, language);
        var answer = await client.SubmitAsync("/console/me/sign-in", "Development",
            ("participantId", participantId.ToString()), ("organisationId", organisation), ("ownDevice", "true"));
        answer.Status.ShouldBe(HttpStatusCode.Redirect, answer.Text);
        return client;
    }

    public async Task<ConsoleAnswer> GetAsync(string url)
    {
        using var response = await http.GetAsync(url);
        return await AnswerOf(response);
    }

    /// <summary>Opens <paramref name="page"/>, then posts the fields to it (with ?handler= when given) as its form would.</summary>
    public async Task<ConsoleAnswer> SubmitAsync(string page, params (string Name, string Value)[] fields) => await SubmitAsync(page, null, fields);

    public async Task<ConsoleAnswer> SubmitAsync(string page, string? handler, params (string Name, string Value)[] fields) =>
        await (await FormAsync(page, handler)).SendAsync(fields);

    /// <summary>
    /// Opens <paramref name="page"/> and takes its form for <paramref name="handler"/> as a browser has it: the antiforgery
    /// token, and the form's one-time token (the command's Idempotency-Key), to send once or again.
    /// </summary>
    public async Task<ConsoleForm> FormAsync(string page, string? handler = null)
    {
        var shown = await GetAsync(page);
        shown.Status.ShouldBe(HttpStatusCode.OK, $"{page} before posting");
        var antiforgery = shown.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                          ?? throw new InvalidOperationException($"{page} has no form with an antiforgery token.");
        var once = shown.Document.QuerySelectorAll("form[method=post]").FirstOrDefault(f => HandlerOf(f) == handler?.ToLowerInvariant())
            ?.QuerySelector("input[name=once]")?.GetAttribute("value");
        return new ConsoleForm(this, handler is null ? page : $"{page}{(page.Contains('?') ? '&' : '?')}handler={handler}",
            [("__RequestVerificationToken", antiforgery), .. once is null ? Array.Empty<(string, string)>() : [("once", once)]]);
    }

    private static string? HandlerOf(IElement form) =>
        form.GetAttribute("action") is { } action && action.Contains('?')
            ? System.Web.HttpUtility.ParseQueryString(action[action.IndexOf('?')..])["handler"]?.ToLowerInvariant()
            : null;

    /// <summary>
    /// The form <paramref name="form"/> (a CSS selector) of <paramref name="page"/>, filled in and ready to be sent as a browser
    /// sends it: to its action, with its hidden fields (the antiforgery token, the form's one-time token). Sending it twice
    /// is a double click, or the browser's back then send.
    /// </summary>
    public async Task<Func<Task<ConsoleAnswer>>> FilledAsync(string page, string form, params (string Name, string Value)[] fields)
    {
        var shown = await GetAsync(page);
        shown.Status.ShouldBe(HttpStatusCode.OK, page);
        var element = shown.Document.QuerySelector(form) ?? throw new InvalidOperationException($"{page} has no form {form}.");
        var action = element.GetAttribute("action") is { Length: > 0 } to ? to : page;
        (string, string)[] sent = [.. element.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")), .. fields];
        return () => PostAsync(action, sent);
    }

    /// <summary>Posts exactly these fields (a test of what a hostile form may send).</summary>
    public async Task<ConsoleAnswer> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        using var response = await http.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
        return await AnswerOf(response);
    }

    private static async Task<ConsoleAnswer> AnswerOf(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync())
        {
            SetCookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? [.. set] : [],
        };

    /// <summary>A browser's cookie jar, in front of the test server's handler.</summary>
    private sealed class Cookies(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer jar = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (jar.GetCookieHeader(uri) is { Length: > 0 } cookies) request.Headers.Add("Cookie", cookies);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var cookie in set) jar.SetCookies(uri, cookie);
            return response;
        }
    }
}
