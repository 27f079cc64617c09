<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\TripPatternPresenter;
use Illuminate\Http\Request;

final class TripPatternController
{
    /** @param list<string> $supportedLocales */
    public function __construct(
        private TripPatternPresenter $presenter,
        private array $supportedLocales,
        private string $defaultLocale,
    ) {
    }

    /** @return array{0: int, 1: string} */
    public function show(Request $request): array
    {
        $pattern = $this->presenter->present(
            rawurldecode((string) $request->route('trip')),
            $this->locale($request),
        );

        return $pattern === null
            ? [404, '{"message":"Trip not found"}']
            : [200, json_encode($pattern, JSON_UNESCAPED_UNICODE)];
    }

    private function locale(Request $request): string
    {
        $wanted = strtolower(substr((string) $request->query('lang', $request->header('Accept-Language', '')), 0, 2));

        return in_array($wanted, $this->supportedLocales, true) ? $wanted : $this->defaultLocale;
    }
}
