<?php

declare(strict_types=1);

namespace App\Http;

use App\Export\ExportTracker;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

/**
 * GET /exports
 */
final class ExportStatusController
{
    public function __construct(private ExportTracker $tracker)
    {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        return Response::json(['running' => $this->tracker->status()]);
    }
}
