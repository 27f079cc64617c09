<?php

namespace App\Middleware;

use App\Journal\JournalEntry;
use App\Journal\RequestJournal;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class RequestJournalMiddleware implements MiddlewareInterface
{
    public function __construct(private RequestJournal $journal)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $started = hrtime(true);
        $response = $handler->handle($request);
        $tookMs = (hrtime(true) - $started) / 1e6;

        $this->journal->append(new JournalEntry('http', $request->getMethod() . ' ' . $request->getUri(), [
            'request_id' => $request->getHeaderLine('X-Request-Id'),
            'status' => $response->getStatusCode(),
            'user_agent' => $request->getHeaderLine('User-Agent'),
            'payload' => (string) $request->getBody(),
        ], $tookMs));

        return $response->withHeader('X-Response-Time', sprintf('%.3fms', $tookMs));
    }
}
