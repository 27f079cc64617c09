<?php

declare(strict_types=1);

namespace App\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class AccountController
{
    public function __construct(private readonly LocaleResolver $locales)
    {
    }

    public function overview(ServerRequest $request): Response
    {
        $locale = $this->locales->resolve($request);
        $customer = $request->attributes['customer'] ?? 'guest';

        $body = implode("\n", [
            __t('greeting', $locale, $customer),
            __t('orders.count', $locale, strlen($request->path) % 7),
            __t('footer.support', $locale),
        ]);

        return new Response(200, $body);
    }
}
