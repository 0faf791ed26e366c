using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // error pages are re-run for failed posts too
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int?}")]
    public IActionResult Index(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View(status);
    }
}
