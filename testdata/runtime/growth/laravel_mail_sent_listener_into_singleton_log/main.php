<?php
// A queue worker sends campaign mail. A provider listens to the mailer's
// MessageSent event with a listener that records each mail in a log the
// container shares for the life of the worker: one entry per mail sent.

$base = __DIR__ . '/vendor/laravel/framework/src/Illuminate';
require $base . '/Container/Container.php';
require $base . '/Events/Dispatcher.php';
require $base . '/Support/Facades/Event.php';
require $base . '/Mail/Events/MessageSent.php';
require __DIR__ . '/app/Support/SentMailLog.php';
require __DIR__ . '/app/Listeners/RecordSentMail.php';
require __DIR__ . '/app/Providers/MailServiceProvider.php';

use App\Providers\MailServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Mail\Events\MessageSent;
use Illuminate\Support\Facades\Event;

$app = Container::getInstance();
$app->instance('events', new Dispatcher($app));
$provider = new MailServiceProvider();
$provider->register($app);
$provider->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // the job's mail goes out, and the mailer dispatches MessageSent
    Event::dispatch(new MessageSent(bin2hex(random_bytes(16)), sprintf('subscriber.%d@example.test', 1000 + $i), str_repeat('Spring launch: three new features ', 8)));
}
