<?php
// Modelled on laravel/octane#416 (FlushTranslatorCache): NamespacedItemResolver::$parsed grew with every validation message key (laravel/octane#415).

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/vendor/illuminate/translation.php';
require __DIR__ . '/app/Validation/MessageResolver.php';
require __DIR__ . '/app/Validation/SurveyValidator.php';
require __DIR__ . '/app/Http/SurveySubmissionController.php';

use App\Http\SurveySubmissionController;
use App\Validation\MessageResolver;
use App\Validation\SurveyValidator;
use Illuminate\Container\Container;
use Illuminate\Translation\ArrayLoader;
use Illuminate\Translation\Translator;

$app = Container::getInstance();
$app->singleton('translator', static fn () => new Translator(new ArrayLoader(require __DIR__ . '/config/lang.php'), 'en'));
$app->singleton(SurveySubmissionController::class, static fn () => new SurveySubmissionController(new SurveyValidator(new MessageResolver())));

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Octane worker stand-in: the application and its singletons survive every request.
for ($i = 0; $i < $n; $i++) {
    $questionBase = 40_000 + $i * 7;
    $payload = [
        'survey_id' => 'srv-' . intdiv($i, 3),
        'respondent_email' => $i % 2 === 0 ? '' : "user{$i}@example.test",
        'answers' => [
            "q{$questionBase}" => 'Mostly satisfied',
            'q' . ($questionBase + 1) => '',
            'q' . ($questionBase + 2) => str_repeat('very detailed feedback ', 30),
            'q' . ($questionBase + 3) => '',
            'q' . ($questionBase + 4) => 'Yes',
        ],
    ];

    $response = $app->make(SurveySubmissionController::class)->store($payload);
    unset($response, $payload);
}
