<?php

namespace App\Providers;

use App\Monitoring\LatencyReporter;
use App\Reports\ExportFormat;
use App\Reports\ExportFormats;
use Illuminate\Foundation\Http\Events\RequestHandled;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(LatencyReporter::class, fn () => new LatencyReporter(thresholdMs: 750.0));
    }

    public function boot(): void
    {
        foreach (['csv' => 'text/csv', 'xlsx' => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'pdf' => 'application/pdf'] as $extension => $mime) {
            ExportFormats::register(new ExportFormat($extension, $mime, str_repeat("{$extension} export template; ", 20)));
        }

        Event::listen(RequestHandled::class, function (RequestHandled $event): void {
            $this->recordLatency($event->request);
        });
    }

    private function recordLatency(Request $request): void
    {
        $startedAt = $request->attributes->get('started_at');
        if ($startedAt !== null) {
            $this->app->make(LatencyReporter::class)->record($request->path(), (microtime(true) - $startedAt) * 1000);
        }
    }
}
