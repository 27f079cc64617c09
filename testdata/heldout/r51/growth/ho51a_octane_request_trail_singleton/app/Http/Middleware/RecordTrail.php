<?php

namespace App\Http\Middleware;

use App\Support\Facades\Log;
use App\Support\Facades\Trail;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class RecordTrail
{
    public function __construct(private array $headers)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $context = [
            'method' => $request->method(),
            'path' => $request->path(),
            'ip' => $request->ip(),
        ];
        foreach ($this->headers as $header) {
            $context[$header] = $request->header($header);
        }
        Trail::record('request.received', $context);

        $response = $next($request);

        Trail::record('response.ready', ['status' => $response->getStatusCode(), 'bytes' => strlen($response->getContent())]);

        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        Log::info('request trail', [
            'crumbs' => Trail::count(),
            'first' => Trail::first()['event'] ?? null,
            'last' => Trail::last()['event'] ?? null,
        ]);
    }
}
