<?php
// Modeled on Octane/queue leaks from Macroable::macro() and Str's static caches fed per-job names (fixed by registering macros once in ServiceProvider::boot()).
// php artisan queue:work redis --queue=routes: boot once, then run PHPLEAK_N PlanDeliveryRoute jobs.

$app = require __DIR__.'/bootstrap/app.php';
$worker = new Illuminate\Queue\Worker($app);
$worker->daemon(new App\Support\TonightsRoutes(), 'routes', (int) (getenv('PHPLEAK_N') ?: 100));
