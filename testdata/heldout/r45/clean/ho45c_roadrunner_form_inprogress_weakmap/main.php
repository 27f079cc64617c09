<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Container.php';
require __DIR__ . '/app/Forms/Field.php';
require __DIR__ . '/app/Forms/Submission.php';
require __DIR__ . '/app/Forms/RegistrationSubmission.php';
require __DIR__ . '/app/Forms/FormDefinition.php';
require __DIR__ . '/app/Forms/FormRegistry.php';
require __DIR__ . '/app/Storage/SubmissionStore.php';
require __DIR__ . '/app/Http/SubmitFormHandler.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Container;
use App\Forms\FormRegistry;
use App\Http\Kernel;
use App\Http\SubmitFormHandler;
use App\Storage\SubmissionStore;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$container = new Container([
    Psr17Factory::class => static fn (): Psr17Factory => new Psr17Factory(),
    FormRegistry::class => static fn (): FormRegistry => new FormRegistry(require __DIR__ . '/app/Forms/forms.php'),
    SubmissionStore::class => static fn (): SubmissionStore => new SubmissionStore((int) (getenv('OUTBOX_BATCH') ?: 20)),
    SubmitFormHandler::class => static fn (Container $c): SubmitFormHandler => new SubmitFormHandler(
        $c->get(FormRegistry::class),
        $c->get(SubmissionStore::class),
        $c->get(Psr17Factory::class),
        $c->get(Psr17Factory::class),
    ),
    Kernel::class => static fn (Container $c): Kernel => new Kernel($c->get(SubmitFormHandler::class), $c->get(Psr17Factory::class)),
]);

$worker = Worker::create();
$factory = $container->get(Psr17Factory::class);
$psr7 = new PSR7Worker($worker, $factory, $factory, $factory);
$kernel = $container->get(Kernel::class);

while (true) {
    try {
        $request = $psr7->waitRequest();
        if ($request === null) {
            break;
        }
    } catch (\Throwable $e) {
        $psr7->respond($factory->createResponse(400));
        continue;
    }

    try {
        $psr7->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $psr7->respond($factory->createResponse(500));
        $worker->error((string) $e);
    }
}
