<?php
// Laravel app under Octane: EventServiceProvider::$listen wires UserRegistered to StartOnboardingSequence, whose handle() listens for that user's EmailVerified event.

use App\Http\Controllers\RegisteredUserController;
use App\Mail\OnboardingMailer;
use App\Providers\EventServiceProvider;
use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Application();
$app->singleton('events', fn (Application $app) => new Dispatcher($app));
$app->singleton(OnboardingMailer::class);
Facade::setFacadeApplication($app);
$app->register(EventServiceProvider::class);
$app->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $profile = ['plan' => 'team', 'company' => "Company {$i}", 'about' => str_repeat('We build things. ', 15)];
    $request = new Request('POST', '/register', ['email' => "founder{$i}@example.com", 'name' => "Founder {$i}", 'profile' => $profile]);
    $id = json_decode($app->make(RegisteredUserController::class)->store($request))->id;
    $app->make(RegisteredUserController::class)->verify(new Request('GET', "/email/verify/{$id}", ['id' => $id]));
}
