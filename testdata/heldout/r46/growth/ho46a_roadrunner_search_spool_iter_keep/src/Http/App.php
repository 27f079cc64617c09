<?php

namespace App\Http;

use App\Search\CatalogueSearch;
use App\Search\SearchTerm;
use App\Search\SearchTermSpool;
use App\Search\TrendingReporter;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class CatalogueSearchHandler
{
    public function __construct(private CatalogueSearch $search, private SearchTermSpool $spool)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        $q = $request->getQueryParams();
        $tokens = $this->search->tokenize($q['q'] ?? '');
        $branch = $q['branch'] ?? 'any';
        $format = $q['format'] ?? 'any';
        $sql = $this->search->compile($tokens, $branch, $format);
        $this->spool->record(new SearchTerm(
            $q['q'] ?? '',
            $tokens,
            $branch,
            $format,
            hash('sha256', $request->getHeaderLine('cookie')),
            $sql,
        ));

        return new Response(200, ['content-type' => 'application/json'], json_encode($this->search->run($sql)));
    }
}

/** Adds the live "searches per branch" counters the kiosk dashboards poll. */
final class TrendingHeaderMiddleware
{
    public function __construct(private TrendingReporter $reporter)
    {
    }

    public function process(ServerRequest $request, CatalogueSearchHandler $next): Response
    {
        $response = $next->handle($request);
        foreach ($this->reporter->collect() as $branch => $count) {
            $response = $response->withHeader('x-searches-' . $branch, (string) $count);
        }

        return $response;
    }
}
