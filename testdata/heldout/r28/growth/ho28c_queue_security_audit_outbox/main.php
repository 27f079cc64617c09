<?php

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Events.php';
require __DIR__ . '/vendor/illuminate/Queue.php';
require __DIR__ . '/app/Audit/AuditEntry.php';
require __DIR__ . '/app/Audit/HmacChainSink.php';
require __DIR__ . '/app/Audit/AuditPipeline.php';
require __DIR__ . '/app/Jobs/RecordAuthenticationEvent.php';
require __DIR__ . '/app/Listeners/FlushAuditAfterJob.php';

use App\Audit\AuditPipeline;
use App\Audit\HmacChainSink;
use App\Jobs\RecordAuthenticationEvent;
use App\Listeners\FlushAuditAfterJob;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Queue;
use Illuminate\Queue\Worker;

final class RedisAuditQueue implements Queue
{
    private const EVENTS = ['login.succeeded', 'login.succeeded', 'token.refreshed', 'logout', 'login.failed', 'login.succeeded', 'password.changed', 'token.refreshed', 'mfa.disabled', 'login.failed'];
    private int $i = 0;

    public function pop(string $queue): ?object
    {
        $i = $this->i++;

        return new RecordAuthenticationEvent([
            'uuid' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i & 0xffff, $i % 4096, ($i * 7) % 4096, random_int(0, 0xffffffffffff)),
            'event' => self::EVENTS[$i % count(self::EVENTS)],
            'user_id' => 5000 + ($i * 13) % 3000,
            'ip' => '192.0.2.' . ($i % 250 + 1),
            'user_agent' => 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/' . (118 + $i % 6) . '.0.' . ($i % 9000) . '.0 Mobile',
            'timestamp' => 1_700_000_000 + $i * 11,
            'guard' => $i % 3 ? 'web' : 'api',
            'session_id' => bin2hex(random_bytes(20)),
        ]);
    }
}

$app = Container::getInstance();
$app->singleton(AuditPipeline::class, static fn () => new AuditPipeline(
    new HmacChainSink('soc-realtime', 'k-realtime-7f1c'),
    new HmacChainSink('compliance-archive', 'k-archive-91ab'),
    3,
));

$events = new Dispatcher();
$events->listen(JobProcessed::class, new FlushAuditAfterJob());

$worker = new Worker(new RedisAuditQueue(), $events, $app);
$worker->daemon('redis', 'audit', (int) (getenv('PHPLEAK_N') ?: 100));
