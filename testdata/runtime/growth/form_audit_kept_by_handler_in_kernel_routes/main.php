<?php
// A form intake worker: services come from the application's container,
// which makes each once; the kernel is given the submit handler and keeps
// it in its routes table. The handler records every submission it saw
// in the form registry's audit list.

require __DIR__ . '/src/app.php';

use Forms\Container;
use Forms\FormAudit;
use Forms\Kernel;
use Forms\SubmitHandler;

$container = new Container([
    FormAudit::class => static fn (): FormAudit => new FormAudit(),
    SubmitHandler::class => static fn (Container $c): SubmitHandler => new SubmitHandler($c->get(FormAudit::class)),
    Kernel::class => static fn (Container $c): Kernel => new Kernel($c->get(SubmitHandler::class)),
]);
$kernel = $container->get(Kernel::class);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle('POST', '/forms/feedback', ['respondent' => 'r-' . $i, 'comment' => str_repeat('fine service ', 40)]);
}
