<?php

namespace App\Listeners;

use App\Audit\AuditPipeline;
use Illuminate\Container\Container;
use Illuminate\Queue\Events\JobProcessed;

final class FlushAuditAfterJob
{
    public function __invoke(JobProcessed $event): void
    {
        Container::getInstance()->make(AuditPipeline::class)->flushRealtime();
    }
}
