using JobScout.Core.Classification;

namespace JobScout.Tests.Classification;

public sealed class ListingClassifierTests
{
    [Theory]
    [InlineData("Werkstudent Data Annotation Pflegebranche", "Du annotierst Daten für ein Sprachmodell.", "healthcare")]
    [InlineData("Entrenador de IA", "Buscamos abogados con experiencia en derecho civil para evaluar respuestas.", "law")]
    [InlineData("Treinador de IA", "Procuramos profissionais de enfermagem para avaliar respostas de IA.", "healthcare")]
    [InlineData("Entraîneur d'IA", "Nous cherchons des rédacteurs pour évaluer des réponses d'IA.", "writing")]
    [InlineData("KI-Trainer Mathematik", "Du prüfst Lösungen eines Sprachmodells.", "math")]
    [InlineData("AI Data Trainer, Code Evaluation", "Judge model answers.", "coding")]
    [InlineData("Business Owners Freelance AI Trainer Project", "Share what running a company is like.", "business")]
    public void A_field_named_in_another_language_or_plain_words_is_found(string title, string description, string domain)
    {
        var result = ListingClassifier.Default.Classify(title, description, "Quillstone AI", pay: null);

        Assert.Contains(domain, result.Domains);
    }

    [Theory]
    [InlineData("We need native Spanish speakers to rate answers.", true)]
    [InlineData("Spanish: you must be fluent, and write well.", true)]
    [InlineData("Rate chatbot answers for accuracy and tone. Our offices are in Madrid, and the team enjoys Spanish food on Fridays after long weeks of building models.", false)]
    public void A_language_counts_only_when_the_text_asks_for_it_nearby(string description, bool asked)
    {
        var result = ListingClassifier.Default.Classify("AI Rater", description, "Quillstone AI", pay: null);

        Assert.Equal(asked, result.Languages.Contains("es"));
    }

    [Fact]
    public void A_demand_word_far_from_the_language_does_not_ask_for_it()
    {
        var filler = string.Concat(Enumerable.Repeat("Rate answers with care and explain each judgement clearly. ", 4));
        var description = "You must be fluent in written English. " + filler + "The team once held a retreat in a Portuguese village.";

        var result = ListingClassifier.Default.Classify("AI Rater", description, "Quillstone AI", pay: null);

        Assert.DoesNotContain("pt", result.Languages);
    }
}
