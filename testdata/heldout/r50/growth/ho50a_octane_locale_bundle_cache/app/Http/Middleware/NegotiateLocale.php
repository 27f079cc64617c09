<?php

namespace App\Http\Middleware;

use App\Support\Lang;
use App\Support\LocaleNegotiator;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class NegotiateLocale
{
    public function __construct(private LocaleNegotiator $negotiator)
    {
    }

    public function handle(Request $request, \Closure $next): Response
    {
        $locale = $this->negotiator->negotiate($request->header('Accept-Language'));
        $request->setAttribute('locale', $locale);
        Lang::setLocale($locale);

        $response = $next($request);
        $response->headers['Content-Language'] = $locale;

        return $response;
    }
}
