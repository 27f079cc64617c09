<?php
declare(strict_types=1);

/*
 * Swoole HTTP worker behind the outage management system: field crews and
 * the AMI last-gasp detector POST outage reports, the worker opens a ticket
 * and arms SLA escalation for it.
 */

require __DIR__ . '/vendor/swoole/Server.php';
require __DIR__ . '/vendor/swoole/Database.php';
require __DIR__ . '/src/Outage/OutageTicket.php';
require __DIR__ . '/src/Outage/EscalationPolicy.php';
require __DIR__ . '/src/Outage/TicketService.php';

use Gridline\Outage\DutyPager;
use Gridline\Outage\EscalationPolicy;
use Gridline\Outage\TicketService;
use Swoole\Database\PDOProxy;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$omsFeed = static function (int $i): Request {
    $premises = [];
    for ($p = 0; $p < 6; $p++) {
        $premises[] = sprintf('PREM-%06d', 300000 + $i * 11 + $p);
    }

    return new Request(json_encode([
        'feeder' => ['NOR-1204', 'NOR-1207', 'SOU-0331', 'WES-2210'][$i % 4],
        'cause' => ['vegetation', 'equipment', 'weather'][$i % 3],
        'reported_at' => 1717000000 + $i * 173,
        'premises' => $premises,
        'notes' => sprintf('Crew %d reports conductor down near pole %d-%d; customer callbacks pending, awaiting switching order from DCC. Last gasp count %d at %s.', 10 + $i % 9, 4400 + $i, $i % 7, 3 + $i % 40, date('H:i', 1717000000 + $i * 173)),
    ]));
};

$server = new Server('0.0.0.0', 9501, $omsFeed);
$tickets = null;

$server->on('workerStart', static function () use (&$tickets): void {
    $tickets = new TicketService(
        new EscalationPolicy(new DutyPager(), ['NOR' => 'north-ops', 'SOU' => 'south-ops']),
        new PDOProxy(),
    );
});

$server->on('request', static function (Request $request, Response $response) use (&$tickets): void {
    $report = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
    $ticket = $tickets->open($report, $report['reported_at'] + 9000);
    $response->header('Content-Type', 'application/json');
    $response->end(json_encode(['ticket' => $ticket->ticketNo, 'escalated' => $ticket->isEscalated()]));
});

$server->start();
