namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CardRevoked => Of("card-revoked");
    public static Message CardUsed => Of("card-used");
    public static Message CardUnknown => Of("card-unknown");
    public static Message CardTooManyTries(int minutes) => Of("card-too-many-tries", new { minutes });
}
