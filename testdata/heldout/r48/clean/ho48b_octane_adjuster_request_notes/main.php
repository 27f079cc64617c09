<?php

declare(strict_types=1);

// Laravel Octane worker serving the adjuster-assignment endpoint of the
// claims platform (POST /api/claims/{claim}/assignment).

require __DIR__ . '/src/Illuminate/Container/Container.php';
require __DIR__ . '/src/Illuminate/Http/Request.php';
require __DIR__ . '/src/Laravel/Octane/Worker.php';
require __DIR__ . '/src/App/Models/Adjuster.php';
require __DIR__ . '/src/App/Models/AssignmentNote.php';
require __DIR__ . '/src/App/Services/AdjusterRoster.php';
require __DIR__ . '/src/App/Services/AssignmentNotes.php';
require __DIR__ . '/src/App/Http/Controllers/AssignAdjusterController.php';

use App\Http\Controllers\AssignAdjusterController;
use App\Services\AdjusterRoster;
use App\Services\AssignmentNotes;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Container();
$app->singleton(AdjusterRoster::class, static fn (): AdjusterRoster => new AdjusterRoster([
    ['id' => 101, 'name' => 'R. Okafor', 'region' => 'midwest', 'lines' => ['property', 'auto']],
    ['id' => 102, 'name' => 'J. Lindqvist', 'region' => 'midwest', 'lines' => ['property']],
    ['id' => 201, 'name' => 'M. Herrera', 'region' => 'southeast', 'lines' => ['property', 'auto', 'marine']],
    ['id' => 202, 'name' => 'T. Nguyen', 'region' => 'southeast', 'lines' => ['auto']],
]));
$app->singleton(AssignmentNotes::class, static fn (): AssignmentNotes => new AssignmentNotes());
$app->bind(AssignAdjusterController::class, static fn (Container $c): AssignAdjusterController => new AssignAdjusterController(
    $c->make(AdjusterRoster::class),
    $c->make(AssignmentNotes::class),
));

$worker = new Worker($app, static function (Container $app, Request $request): array {
    return $app->make(AssignAdjusterController::class)($request);
});

$regions = ['midwest', 'southeast'];
$lines = ['property', 'auto'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('POST', "api/claims/CLM-{$i}/assignment", [
        'claim_number' => sprintf('CLM-%06d', 300000 + $i),
        'region' => $regions[$i % 2],
        'line' => $lines[intdiv($i, 2) % 2],
        'description' => "Hail damage to roof and gutters, policyholder photos attached ({$i})",
    ], ['accept' => 'application/json']));
}
