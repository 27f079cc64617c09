<?php

namespace App\Http\Middleware;

use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Sentry\Breadcrumb;
use Sentry\Laravel\Facade as Sentry;

final class TagPickupRequest
{
    public function handle(Request $request, \Closure $next): Response
    {
        Sentry::configureScope(function ($scope) use ($request) {
            $scope->setTag('route', 'pickups.confirm');
            $scope->setUser(['ip_address' => $request->ip()]);
        });
        Sentry::addBreadcrumb(new Breadcrumb(
            Breadcrumb::LEVEL_INFO,
            Breadcrumb::TYPE_DEFAULT,
            'http',
            $request->method.' '.$request->path,
            ['ip' => $request->ip(), 'user_agent' => $request->server['HTTP_USER_AGENT'] ?? ''],
        ));

        return $next($request);
    }
}
