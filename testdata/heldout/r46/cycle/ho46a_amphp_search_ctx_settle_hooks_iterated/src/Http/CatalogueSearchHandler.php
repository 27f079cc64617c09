<?php

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Search\CatalogueIndex;
use App\Search\SearchAudit;
use App\Search\SearchContext;
use App\Search\SettleHooks;
use Revolt\EventLoop;

final class CatalogueSearchHandler implements RequestHandler
{
    public function __construct(private CatalogueIndex $index, private SearchAudit $audit)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $context = new SearchContext(
            trim((string) $request->getQueryParameter('q')),
            $request->getQueryParameter('format') ?? 'any',
            (float) hrtime(true),
        );
        $context->onSettled(SettleHooks::auditTo($this->audit, $context)); // leak
        $context->hits = $this->index->search($context->query, $context->format);

        EventLoop::queue(static fn () => $context->settle());

        return new Response(200, ['content-type' => 'application/json'], json_encode(array_column($context->hits, 'title')));
    }
}
