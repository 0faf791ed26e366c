namespace JobScout.Web.ViewModels;

public sealed record SignInForm(string? Email, string? ReturnUrl, string? Error = null, string? Notice = null);

public sealed record RegisterForm(string? Email, string? DisplayName, string? ReturnUrl, string? Error = null, int MinPasswordLength = 10);

public sealed record ResetForm(string Token, string? Error = null, int MinPasswordLength = 10);

public sealed record AccountSettingsViewModel(string Email, string DisplayName, string Role, bool EmailAlerts, bool CanDeliverEmail, bool Saved);
