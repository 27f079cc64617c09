<?php
namespace App\Http\Middleware;

use App\Audit\AuditTrail;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class RecordAuditTrail
{
    public function handle(Request $request, \Closure $next): Response
    {
        $response = $next($request);
        app(AuditTrail::class)->record($this->describe($request, $response));
        return $response;
    }

    /** @return \Closure(): array */
    private function describe(Request $request, Response $response): \Closure
    {
        $status = $response->status;
        $withAgent = (bool) config('audit.include_user_agent', false);
        return static fn (): array => [
            'method' => $request->method(),
            'url' => $request->fullUrl(),
            'ip' => $request->ip(),
            'user' => $request->user()?->id,
            'status' => $status,
            'agent' => $withAgent ? $request->header('User-Agent') : null,
        ];
    }
}
