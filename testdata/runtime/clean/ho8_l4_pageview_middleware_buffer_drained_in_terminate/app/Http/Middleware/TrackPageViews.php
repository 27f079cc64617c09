<?php

namespace App\Http\Middleware;

use App\Analytics\PageViewBuffer;
use Closure;
use Illuminate\Http\Request;

class TrackPageViews
{
    public function __construct(private PageViewBuffer $buffer) {}

    public function handle(Request $request, Closure $next): mixed
    {
        $this->buffer->push(['path' => $request->path, 'agent' => $request->input('ua'), 'at' => microtime(true)]);

        return $next($request);
    }

    public function terminate(Request $request, mixed $response): void
    {
        $this->buffer->flush();
    }
}
