<?php

namespace Nwp\Api\Http;

use Nwp\Api\Model\ModelRun;
use Nwp\Api\Services;
use Nwp\Api\Stats\FieldStatistics;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class RunSummaryHandler
{
    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        /** @var ModelRun $run */
        $run = $request->getAttribute(ModelRun::class);
        $summary = Services::get(FieldStatistics::class)->summarize($run, $request->getAttribute('param'));

        return new Response(200, ['content-type' => 'application/json'], json_encode([
            'run' => $summary->run,
            'param' => $summary->param,
            'range' => [$summary->min, $summary->max],
            'mean' => $summary->mean,
            'percentiles' => $summary->percentiles,
            'histogram' => $summary->histogram,
        ]));
    }
}
