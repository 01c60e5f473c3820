using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Privacy;
using Marten;
using SkiaSharp;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// A photo of the letter or screen: re-encoded without metadata, bounded, refused when it is no photo, seen by the case's
/// staff and the person only, erased with them and deleted when the case has ended long enough ago.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CasePhotoTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Secret = "GPS-50.6326N-5.5797E";

    /// <summary>A JPEG of <paramref name="width"/> by <paramref name="height"/> carrying an EXIF block with GPS data and a marker text.</summary>
    internal static byte[] JpegWithGps(int width = 400, int height = 300)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.CornflowerBlue);
        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // TIFF (little-endian): IFD0 with one entry, GPSInfo -> a GPS IFD with GPSLatitudeRef "N" and a GPS processing method holding the marker.
        var marker = Encoding.ASCII.GetBytes(Secret + "\0");
        using var tiff = new MemoryStream();
        using (var w = new BinaryWriter(tiff, Encoding.ASCII, leaveOpen: true))
        {
            w.Write("II"u8); w.Write((ushort)42); w.Write(8u);
            w.Write((ushort)1); w.Write((ushort)0x8825); w.Write((ushort)4); w.Write(1u); w.Write(26u); w.Write(0u); // IFD0 at 8, ends at 26
            w.Write((ushort)2);
            w.Write((ushort)0x0001); w.Write((ushort)2); w.Write(2u); w.Write((byte)'N'); w.Write((byte)0); w.Write((ushort)0);
            w.Write((ushort)0x001B); w.Write((ushort)7); w.Write((uint)marker.Length); w.Write(26u + 2 + 24 + 4);
            w.Write(0u);
            w.Write(marker);
        }
        var exif = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff.ToArray()).ToArray();
        var length = exif.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.White);
        return bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private async Task<HttpResponseMessage> UploadAsync(string token, Guid caseId, byte[] bytes, string field = "photo")
    {
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), field, "letter.jpg" } };
        return await client.PostAsync($"/api/cases/{caseId}/photos", content);
    }

    private async Task<HttpResponseMessage> GetPhotoAsync(string token, Guid caseId, Guid photoId)
    {
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync($"/api/cases/{caseId}/photos/{photoId}");
    }

    private async Task<(CaseScene Scene, Guid Case)> SamirasCaseAsync()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        return (scene, await Host.PostCaseAsync(Participant(scene.Samira), scene.Group, CaseScene.ItsmeCase(scene.Samira)));
    }

    private async Task<IReadOnlyList<CasePhoto>> PhotosAsync(string organisation = OrgA)
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Query<CasePhoto>().ToListAsync();
    }

    private async Task<Guid> AddedAsync(string token, Guid caseId, byte[] bytes)
    {
        var answer = await UploadAsync(token, caseId, bytes);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        return (await Stream(caseId)).Select(e => e.Data).OfType<CasePhotoAdded>().Last().PhotoId;
    }

    [Fact]
    public async Task A_photo_carrying_gps_exif_is_kept_without_any_metadata_and_the_event_records_its_size_only()
    {
        var (scene, caseId) = await SamirasCaseAsync();
        var sent = JpegWithGps();
        Encoding.ASCII.GetString(sent).ShouldContain(Secret);

        var photoId = await AddedAsync(Participant(scene.Samira), caseId, sent);

        var kept = (await PhotosAsync()).ShouldHaveSingleItem();
        kept.Id.ShouldBe(photoId);
        var text = Encoding.ASCII.GetString(kept.Jpeg);
        text.ShouldNotContain("Exif");
        text.ShouldNotContain(Secret);
        kept.Jpeg.Zip(kept.Jpeg.Skip(1)).ShouldNotContain(((byte)0xFF, (byte)0xE1)); // no APP1 segment at all
        SKCodec.Create(new MemoryStream(kept.Jpeg))!.EncodedFormat.ShouldBe(SKEncodedImageFormat.Jpeg);
        var added = (await Stream(caseId)).Select(e => e.Data).OfType<CasePhotoAdded>().ShouldHaveSingleItem();
        added.ShouldBe(new CasePhotoAdded(caseId, photoId, kept.Jpeg.Length, 400, 300));
        (await Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_events where data::text like '%' || @m || '%'",
            ("m", Secret))).ShouldBe(0);
    }

    [Fact]
    public async Task A_large_photo_is_made_at_most_1600_pixels_and_one_too_heavy_or_no_photo_at_all_is_a_400_naming_the_field()
    {
        var (scene, caseId) = await SamirasCaseAsync();
        var me = Participant(scene.Samira);

        await AddedAsync(me, caseId, Png(3200, 2000));
        var before = await EventCount();
        var text = await UploadAsync(me, caseId, Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'/>"));
        var heavy = await UploadAsync(me, caseId, [0xFF, 0xD8, 0xFF, .. new byte[PhotoEncoder.MaxInputBytes]]);
        var unnamed = await UploadAsync(me, caseId, JpegWithGps(), field: "file");

        var kept = (await PhotosAsync()).ShouldHaveSingleItem();
        (kept.Width, kept.Height).ShouldBe((1600, 1000));
        foreach (var refused in new[] { text, heavy, unnamed })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await refused.Content.ReadAsStringAsync();
            problem.ShouldContain("\"photo\"");
            problem.ShouldContain("JPEG, PNG or WebP");
        }
        (await EventCount()).ShouldBe(before);
        (await PhotosAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_photo_is_seen_by_the_person_and_the_groups_staff_only_never_by_another_participant()
    {
        var (scene, caseId) = await SamirasCaseAsync();
        var photoId = await AddedAsync(Participant(scene.Samira), caseId, JpegWithGps());
        await Host.AssignAsync(Coordinator(), await Host.CreateGroupAsync(Coordinator()), "facilitator-2");
        var before = await EventCount();

        var mine = await GetPhotoAsync(Participant(scene.Samira), caseId, photoId);
        var staffs = await GetPhotoAsync(Facilitator(CaseScene.Facilitator), caseId, photoId);
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        mine.Headers.CacheControl!.NoStore.ShouldBeTrue();
        staffs.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var stranger in new[] { Participant(scene.Jean), Facilitator("facilitator-2"), Coordinator(OrgB), Participant(scene.Samira, OrgB) })
        {
            (await GetPhotoAsync(stranger, caseId, photoId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await UploadAsync(stranger, caseId, JpegWithGps())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await EventCount()).ShouldBe(before);

        var facilitator = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole);
        var page = await facilitator.GetAsync($"/console/cases/{caseId}");
        page.Document.QuerySelectorAll("#case-photos img").Length.ShouldBe(1);
        (await facilitator.GetAsync($"/console/cases/{caseId}?handler=Photo&photo={photoId}")).Status.ShouldBe(HttpStatusCode.OK);
        var jean = await ConsoleClient.SignInParticipantAsync(Host, scene.Jean, OrgA);
        (await jean.GetAsync($"/console/me/cases/{caseId}?handler=Photo&photo={photoId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var samira = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);
        (await samira.GetAsync($"/console/me/cases/{caseId}")).Document.QuerySelectorAll("#my-case-photos img").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Erasing_the_person_deletes_their_photos()
    {
        var (scene, caseId) = await SamirasCaseAsync();
        var jeans = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await AddedAsync(Participant(scene.Samira), caseId, JpegWithGps());
        await AddedAsync(Facilitator(CaseScene.Facilitator), jeans, JpegWithGps());

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{scene.Samira}/erase");
            s.StatusCodeShouldBe(200);
        });

        (await PhotosAsync()).Select(p => p.CaseId).ShouldBe([jeans]);
    }

    [Fact]
    public async Task The_photos_of_a_case_ended_longer_ago_than_the_setting_are_deleted_by_the_retention_run_and_others_stay()
    {
        var (scene, caseId) = await SamirasCaseAsync();
        var open = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        await AddedAsync(Participant(scene.Samira), caseId, JpegWithGps());
        await AddedAsync(Participant(scene.Jean), open, JpegWithGps());
        await Host.SendAsync(Facilitator(CaseScene.Facilitator), $"/api/cases/{caseId}/close", new CloseCase("Réglé par téléphone"));
        var keepDays = new CasePhotoOptions().KeepDaysAfterEnd;

        var early = await Store.ForgetPhotosOfEndedCasesAsync(keepDays, ApiFixture.Today.AddDays(keepDays));
        var late = await Store.ForgetPhotosOfEndedCasesAsync(keepDays, ApiFixture.Today.AddDays(keepDays + 1));

        keepDays.ShouldBe(90);
        early.ShouldBe(0);
        late.ShouldBe(1);
        (await PhotosAsync()).Select(p => p.CaseId).ShouldBe([open]);
    }
}
