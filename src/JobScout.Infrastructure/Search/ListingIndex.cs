using System.Globalization;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// The on-disk Lucene index: one IndexWriter (opened on first write), a SearcherManager for readers.
/// Each commit records the change sequence it reaches, so a restart resumes where the last commit ended.
/// </summary>
public sealed class ListingIndex : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly System.Threading.Lock _gate = new();
    private readonly LuceneDirectory _directory;
    private readonly ILogger<ListingIndex> _logger;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _generation;

    public ListingIndex(DataPaths paths, ILogger<ListingIndex> logger)
    {
        System.IO.Directory.CreateDirectory(paths.IndexDirectory);
        _directory = FSDirectory.Open(new DirectoryInfo(paths.IndexDirectory));
        _logger = logger;
    }

    // English stemming for text; facet terms kept whole.
    internal Analyzer Analyzer { get; } = new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(Version), new Dictionary<string, Analyzer> { [ListingFields.Facets] = FacetTerms.CreateAnalyzer() });

    /// <summary>The change sequence of the newest commit: everything up to it is searchable.</summary>
    public long CommittedSequence
    {
        get
        {
            var data = Writer.CommitData;
            return data is not null && data.TryGetValue(ListingFields.SequenceKey, out var text)
                ? long.Parse(text, CultureInfo.InvariantCulture)
                : 0;
        }
    }

    public int DocumentCount => Writer.NumDocs;

    /// <summary>Whether the last commit was written with today's document layout.</summary>
    public bool HasCurrentSchema =>
        Writer.CommitData is { } data && data.TryGetValue(ListingFields.SchemaKey, out var schema) && schema == ListingFields.SchemaVersion;

    private IndexWriter Writer
    {
        get
        {
            lock (_gate)
            {
                return OpenLocked().Writer;
            }
        }
    }

    /// <summary>The writer and its searchers, opened from the last commit when there are none (first use, or after a failed write).</summary>
    private (IndexWriter Writer, SearcherManager Searchers) OpenLocked()
    {
        if (_writer is null)
        {
            // A larger buffer means fewer, larger flushes when a crawl or a rebuild writes many listings.
            var config = new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 };
            _writer = new IndexWriter(_directory, config);
            if (!DirectoryReader.IndexExists(_directory))
            {
                _writer.Commit(); // an empty commit, so readers can open
            }

            _searchers = new SearcherManager(_writer, true, new WarmingSearcherFactory());
        }

        return (_writer, _searchers!);
    }

    /// <summary>Adds, replaces or removes the changed listings, then commits with their last sequence.</summary>
    /// <param name="changes">Listings in change-sequence order.</param>
    /// <param name="upToSequence">The change sequence the commit records.</param>
    /// <param name="fresh">The index was just cleared: add without looking for an older copy (a rebuild).</param>
    public void Apply(IReadOnlyList<StoredListing> changes, long upToSequence, bool fresh = false)
    {
        try
        {
            ApplyUncommitted(changes, fresh);
            Commit(upToSequence);
        }
        catch
        {
            // A full disk or a failing device: drop what was not committed and reopen from the last good commit on next
            // use, so searches keep answering from it and the follower retries from its sequence once there is room.
            ResetWriter();
            throw;
        }
    }

    private void ApplyUncommitted(IReadOnlyList<StoredListing> changes, bool fresh)
    {
        var writer = Writer;
        if (fresh)
        {
            // A rebuild adds without looking for older copies, on every core: IndexWriter takes documents from several threads.
            Parallel.ForEach(
                changes.Where(s => s.IsSearchable),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                stored => writer.AddDocument(ListingDocument.From(stored)));
            return;
        }

        foreach (var stored in changes)
        {
            var idTerm = new Term(ListingFields.Id, stored.Id.ToString(CultureInfo.InvariantCulture));
            if (stored.IsSearchable)
            {
                writer.UpdateDocument(idTerm, ListingDocument.From(stored));
            }
            else
            {
                writer.DeleteDocuments(idTerm);
            }
        }
    }

    private void ResetWriter()
    {
        lock (_gate)
        {
            try
            {
                _writer?.Rollback(); // also closes it and releases the write lock
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                _logger.IndexWriterResetFailed(ex);
            }

            _searchers?.Dispose();
            _searchers = null;
            _writer = null;
            Interlocked.Increment(ref _generation);
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Merges the index into one segment. A search's fixed cost grows with the number of segments, and a bulk load
    /// leaves many; the small commits of crawls are left to the merge policy.
    /// </summary>
    public void Compact()
    {
        try
        {
            Writer.ForceMerge(1);
            Commit(CommittedSequence);
        }
        catch
        {
            ResetWriter(); // e.g. no room for the merged copy: keep serving the last commit
            throw;
        }
    }

    /// <summary>How many segments searches currently read.</summary>
    public int SegmentCount => WithSearcher(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Empties the index; the next commit starts again from sequence zero.</summary>
    public void Clear()
    {
        Writer.DeleteAll();
        Commit(0);
    }

    /// <summary>Every listing id the index holds, as many times as it holds it (a consistency check against the database).</summary>
    public IReadOnlyList<long> AllIds() => WithSearcher(searcher =>
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var ids = new List<long>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                ids.Add(long.Parse(reader.Document(doc).Get(ListingFields.Id), CultureInfo.InvariantCulture));
            }
        }

        return ids;
    });

    internal T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        SearcherManager manager;
        try
        {
            lock (_gate)
            {
                manager = OpenLocked().Searchers;
            }
        }
        catch (LockObtainFailedException)
        {
            // Another process (the running site) owns the writer: read its last commit instead.
            if (!DirectoryReader.IndexExists(_directory))
            {
                throw new InvalidOperationException("The index is being created by another JobScout process; try again shortly.");
            }

            using var reader = DirectoryReader.Open(_directory);
            return search(new IndexSearcher(reader));
        }

        var searcher = manager.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Changes whenever what searches see may have changed (a commit, or a writer reopened after a failure).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Raised after <see cref="Generation"/> changes, for caches of what searches answered.</summary>
    public event Action? Changed;

    private void Commit(long sequence)
    {
        var writer = Writer;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [ListingFields.SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [ListingFields.SchemaKey] = ListingFields.SchemaVersion,
        });
        writer.Commit();
        _searchers!.MaybeRefreshBlocking();
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
        _logger.IndexCommitted(sequence);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
            Analyzer.Dispose();
        }
    }
}
