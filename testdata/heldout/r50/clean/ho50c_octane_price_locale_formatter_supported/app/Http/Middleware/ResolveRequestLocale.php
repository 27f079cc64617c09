<?php

namespace App\Http\Middleware;

use App\Support\LocaleResolver;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class ResolveRequestLocale
{
    public function __construct(private LocaleResolver $resolver)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $locale = $this->resolver->resolve($request);
        $request->attributes['locale'] = $locale;
        app()->setLocale($locale);

        return $next($request)->header('Content-Language', str_replace('_', '-', $locale));
    }
}
