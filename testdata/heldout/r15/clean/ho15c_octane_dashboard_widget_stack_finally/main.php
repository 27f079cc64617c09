<?php
// Modelled on livewire/livewire#9763 (Octane fix: mount/render wrapped in try/finally so $componentStack is popped on exceptions).

declare(strict_types=1);

require __DIR__ . '/app/View/Component.php';
require __DIR__ . '/app/View/ComponentRenderer.php';
require __DIR__ . '/app/View/Components/Widgets.php';
require __DIR__ . '/app/Http/DashboardController.php';

use App\Http\DashboardController;
use App\View\ComponentRenderer;

$config = require __DIR__ . '/config/dashboard.php';
$controller = new DashboardController(new ComponentRenderer(), $config['widgets']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Octane stand-in: the controller and the renderer are resolved once per worker.
for ($i = 0; $i < $n; $i++) {
    $user = ['id' => 7_000 + $i, 'name' => "Customer {$i}", 'plan' => $i % 4 === 0 ? 'pro' : 'free'];
    $data = [
        'invoices' => ['invoices' => array_map(
            static fn (int $k): array => ['number' => sprintf('INV-%05d-%02d', $i, $k), 'total' => sprintf('%d.%02d EUR', 40 + $k, $i % 100)],
            range(1, 6),
        )],
        'activity' => ['events' => ["Logged in from 10.0.{$i}.1", 'Updated billing address', "Downloaded report r{$i}"]],
    ];

    $html = $controller->show($user, $data);
    unset($html, $data, $user);
}
