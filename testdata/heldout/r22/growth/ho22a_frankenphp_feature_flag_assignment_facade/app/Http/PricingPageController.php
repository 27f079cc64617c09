<?php

declare(strict_types=1);

namespace App\Http;

use App\Features\Features;

final class PricingPageController
{
    /** @param array<string, mixed> $request */
    public function __invoke(array $request): string
    {
        $visitor = $request['cookie']['visitor'];
        $toggle = Features::variant('pricing.annual-toggle', $visitor);
        $banner = Features::active('pricing.trial-banner', $visitor) ? '<div class="trial">Try Pro free for 14 days</div>' : '';
        $checkout = Features::active('checkout.one-page', $visitor) ? '/checkout/express' : '/checkout';

        return sprintf('<main data-toggle="%s">%s<a href="%s">Buy</a></main>', $toggle, $banner, $checkout);
    }
}
