using System.Net;
using System.Reflection;
using JobScout.Infrastructure.Accounts;
using JobScout.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace JobScout.Tests.Authorization;

/// <summary>Every controller action × every kind of user × owner or not: nobody reads or changes what is not theirs or shared with them.</summary>
public sealed class AuthorizationMatrixTests(MatrixSite site) : IClassFixture<MatrixSite>
{
    public static TheoryData<int, Actor> Cases()
    {
        var data = new TheoryData<int, Actor>();
        for (var i = 0; i < MatrixEndpoints.All_.Count; i++)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                data.Add(i, actor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Authorization_matrix(int endpointIndex, Actor actor)
    {
        var endpoint = MatrixEndpoints.All_[endpointIndex];
        var world = await site.NewWorldAsync();
        var fresh = endpoint.NeedsFreshSession && actor != Actor.Anonymous
            ? await SiteSession.SignedInAsync(site.Factory, $"fresh-{Guid.NewGuid():N}@example.com", RoleOf(actor))
            : null;
        var session = fresh ?? site.Session(actor);
        try
        {
            using var response = endpoint.Method == "GET"
                ? await session.GetAsync(endpoint.Path(world))
                : await session.PostFormAsync(endpoint.Path(world), endpoint.Form?.Invoke(world) ?? []);

            Assert.True((int)response.StatusCode < 500, $"{endpoint} as {actor} answered {(int)response.StatusCode}.");
            var expected = endpoint.Allowed.Contains(actor);
            Assert.True(expected == !IsDenied(response), $"{endpoint} {endpoint.Path(world)} as {actor}: expected {(expected ? "allowed" : "denied")}, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        finally
        {
            fresh?.Dispose();
        }
    }

    [Fact]
    public void Authorization_matrix_covers_every_controller_action()
    {
        var actions = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods)
                    .DefaultIfEmpty(m.GetCustomAttribute<RouteAttribute>() is null ? null : "GET")
                    .Where(verb => verb is not null)
                    .Select(verb => $"{verb} {t.Name[..^"Controller".Length]}.{m.Name}")))
            .ToHashSet();
        var covered = MatrixEndpoints.All_.Select(e => e.ToString()).ToHashSet();

        Assert.Empty(actions.Except(covered).Except(MatrixEndpoints.Unprotected).Order());
        Assert.Empty(covered.Except(actions).Order());
    }

    private static bool IsDenied(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => true,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/account/signin", StringComparison.Ordinal) || to.Contains("/account/denied", StringComparison.Ordinal)),
        _ => false,
    };

    private static string RoleOf(Actor actor) => actor switch
    {
        Actor.Coach or Actor.OtherCoach => UserRole.Coach,
        Actor.Admin => UserRole.Admin,
        _ => UserRole.Seeker,
    };
}
