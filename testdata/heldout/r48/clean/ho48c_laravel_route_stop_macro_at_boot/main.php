<?php
// Imitates moving Macroable::macro() registration out of the per-job path into ServiceProvider::boot() (one macro, per-route data passed as an argument).
// php artisan queue:work redis --queue=routes: boot once, then run PHPLEAK_N PlanDeliveryRoute jobs.

$app = require __DIR__.'/bootstrap/app.php';
$worker = new Illuminate\Queue\Worker($app);
$worker->daemon(new App\Support\TonightsRoutes(), 'routes', (int) (getenv('PHPLEAK_N') ?: 100));
