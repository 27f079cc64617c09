<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/Support/Locator.php';
require __DIR__ . '/src/Agenda/Agenda.php';
require __DIR__ . '/src/Agenda/AgendaController.php';

use Council\Agenda\AgendaController;
use Council\Agenda\AgendaRepository;
use Council\Agenda\SubscriberMailer;
use Council\Support\HookManager;
use Council\Support\Locator;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bodies = ['City Council', 'Planning Commission', 'Zoning Board of Appeals', 'Parks and Recreation Board'];
Worker::$acceptor = static function (int $id) use ($n, $bodies): ?string {
    if ($id > $n) {
        return null;
    }
    $items = [];
    foreach (['Approval of minutes of the previous regular meeting', 'Public hearing on rezoning request for parcels along Route 9', 'Resolution authorizing purchase of two street sweepers', 'Ordinance amending Chapter 14 (parking enforcement hours)', 'Appointment to the Historic Preservation Commission'] as $k => $title) {
        $items[] = ['number' => sprintf('%d.%d', 5 + $k, $id % 9), 'title' => $title . sprintf(' (file %d-%04d)', 24, $id * 5 + $k), 'sponsor' => 'Council Member ' . chr(65 + ($id + $k) % 26) . '.', 'type' => $k === 1 ? 'hearing' : 'action'];
    }
    $body = json_encode([
        'meeting_id' => sprintf('MTG-2024-%05d', $id),
        'body' => $bodies[$id % 4],
        'meeting_at' => sprintf('2024-%02d-%02d 18:30:00', 1 + $id % 12, 1 + $id % 28),
        'items' => $items,
    ]);
    return "POST /agendas HTTP/1.1\r\nHost: agendas.city.gov\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n\r\n" . $body;
};

$worker = new Worker('http://0.0.0.0:8080');
$worker->name = 'council-agendas';
$worker->count = 4;

$worker->onWorkerStart = static function (Worker $worker): void {
    $locator = Locator::instance();
    $locator->define(HookManager::class, static fn () => new HookManager());
    $locator->define(AgendaRepository::class, static fn () => new AgendaRepository());
    $locator->define(SubscriberMailer::class, static fn () => new SubscriberMailer());
};

$worker->onMessage = static function (TcpConnection $connection, Request $request): void {
    $locator = Locator::instance();
    $controller = new AgendaController(
        $request,
        $locator->get(AgendaRepository::class),
        $locator->get(SubscriberMailer::class),
    );
    $connection->send($controller->publish());
};

Worker::runAll();
