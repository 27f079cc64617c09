<?php

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Http/Request.php';
require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Documents/ClaimDocument.php';
require __DIR__ . '/app/Documents/Classification.php';
require __DIR__ . '/app/Documents/Concerns/MemoizesClassifications.php';
require __DIR__ . '/app/Documents/DocumentClassifier.php';
require __DIR__ . '/app/Support/Facades/Classifier.php';
require __DIR__ . '/app/Http/Controllers/ClaimDocumentController.php';

use App\Documents\DocumentClassifier;
use App\Http\Controllers\ClaimDocumentController;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$app = Container::getInstance();
$app->singleton(DocumentClassifier::class, static fn () => new DocumentClassifier(0.6));
$app->scoped(ClaimDocumentController::class);
Facade::setFacadeApplication($app);

$worker = new Worker($app, static function (Request $request) use ($app): array {
    return $app->make(ClaimDocumentController::class)->store($request);
});

$types = ['fnol_form', 'police_report', 'repair_estimate', 'medical_bill', 'photo'];
$mimes = ['application/pdf', 'image/jpeg', 'image/png'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $claim = sprintf('CLM-%d-%06d', 2024 + intdiv($i, 5000), 310000 + $i);
    $type = $types[$i % count($types)];
    $ocr = sprintf(
        "Insured %s reported a %s loss at %d Harbor View Rd on %s. ",
        'Policyholder ' . ($i * 7919 % 100000),
        $type === 'medical_bill' ? 'bodily injury' : 'collision',
        100 + $i % 900,
        date('Y-m-d', 1704067200 + $i * 3600),
    );
    $ocr .= str_repeat("Adjuster notes: vehicle towed, third party insured with carrier {$i}; estimate pending review. ", 8);

    $request = Request::create("/claims/{$claim}/documents", 'POST', [
        'document_type' => $type,
        'mime' => $mimes[$i % count($mimes)],
        'filename' => "scan_{$i}.pdf",
        'ocr_text' => $ocr,
        'received_at' => '@' . (1704067200 + $i * 60),
        'policy_number' => 'PA-' . (880000 + $i % 1200),
        'date_of_loss' => date('Y-m-d', 1704067200 + $i * 3600),
    ]);

    $worker->handle($request);
}
