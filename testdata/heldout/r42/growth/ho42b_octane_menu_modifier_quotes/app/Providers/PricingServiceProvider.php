<?php

declare(strict_types=1);

namespace App\Providers;

use App\Pricing\ModifierPriceResolver;
use Illuminate\Container\Container;

final class PricingServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton('menu.pricing', static fn () => new ModifierPriceResolver(
            [
                'BWL-TERI' => ['name' => 'Teriyaki Chicken Bowl', 'cents' => 1295],
                'BWL-TOFU' => ['name' => 'Sesame Tofu Bowl', 'cents' => 1195],
                'BWL-POKE' => ['name' => 'Salmon Poke Bowl', 'cents' => 1595],
                'SD-EDAM' => ['name' => 'Edamame', 'cents' => 495],
                'SD-GYOZ' => ['name' => 'Pork Gyoza (6)', 'cents' => 795],
                'DR-MATC' => ['name' => 'Iced Matcha Latte', 'cents' => 575],
            ],
            ['XTRA-PROT' => 350, 'BRWN-RICE' => 100, 'NO-SCAL' => 0, 'SPCY-MAYO' => 75, 'AVO' => 200],
        ));
    }
}
