<?php

function harbour_enqueue_assets(): void
{
    wp_register_script('harbour-main', get_theme_file_uri('js/main.js'), ['jquery'], '1.9.0', true);
    wp_enqueue_script('harbour-main');
}

/** @return array{currency: string, points: list<array{d: string, p: float}>} */
function harbour_price_history(int $productId): array
{
    $points = [];
    for ($d = 0; $d < 24; $d++) {
        $points[] = ['d' => date('Y-m-d', 1_704_067_200 + $d * 86_400), 'p' => round(19.99 + (($productId * 31 + $d * 7) % 500) / 100, 2)];
    }

    return ['currency' => 'EUR', 'points' => $points];
}
