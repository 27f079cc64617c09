<?php

declare(strict_types=1);

// ReactPHP daemon that follows the claims event feed and records the
// reinsurers' share of every settled claim for the monthly bordereau.

require __DIR__ . '/src/Evenement/EventEmitter.php';
require __DIR__ . '/src/React/EventLoop/StreamSelectLoop.php';
require __DIR__ . '/src/React/EventLoop/Loop.php';
require __DIR__ . '/src/React/Stream/ReadableLineStream.php';
require __DIR__ . '/src/App/Support/ServiceLocator.php';
require __DIR__ . '/src/App/Reinsurance/CededLine.php';
require __DIR__ . '/src/App/Reinsurance/TreatyCalculator.php';
require __DIR__ . '/src/App/Reinsurance/BordereauWriter.php';
require __DIR__ . '/src/App/Reinsurance/CessionLedger.php';
require __DIR__ . '/src/App/Consumer/ClaimSettledConsumer.php';

use App\Consumer\ClaimSettledConsumer;
use App\Reinsurance\BordereauWriter;
use App\Reinsurance\CessionLedger;
use App\Reinsurance\TreatyCalculator;
use App\Support\ServiceLocator;
use Evenement\EventEmitter;
use React\EventLoop\Loop;
use React\Stream\ReadableLineStream;

$config = require __DIR__ . '/config/reinsurance.php';

$ledger = new CessionLedger(new BordereauWriter($config['bordereau']['path']), $config['bordereau']['flush_every']);
ServiceLocator::set(CessionLedger::class, $ledger);

$events = new EventEmitter();
$events->on('accounting.period_closed', [$ledger, 'flush']);
ServiceLocator::set(EventEmitter::class, $events);

$consumer = new ClaimSettledConsumer(new TreatyCalculator($config['treaties']));
$feed = new ReadableLineStream(Loop::get(), static fn (int $i): string => json_encode([
    'type' => 'claim.settled',
    'claim' => sprintf('CLM-%06d', 820000 + $i),
    'loss_date' => date('Y-m-d', 1693526400 + 86400 * ($i % 300)),
    'paid_cents' => 30_000_00 + ($i * 104729) % 900_000_00,
    'remarks' => str_repeat("Windstorm event WS-{$i}; final settlement after independent adjuster report and contents schedule. ", 4),
]), (int) (getenv('PHPLEAK_N') ?: 100));
$consumer->attach($feed);

Loop::run();
