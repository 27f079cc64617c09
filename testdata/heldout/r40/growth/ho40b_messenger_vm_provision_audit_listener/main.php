<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/lite/messenger/Envelope.php';
require __DIR__ . '/vendor/lite/messenger/InMemoryTransport.php';
require __DIR__ . '/vendor/lite/messenger/Worker.php';
require __DIR__ . '/src/Panel.php';
require __DIR__ . '/src/Hypervisor/HypervisorException.php';
require __DIR__ . '/src/Hypervisor/FakeHypervisorClient.php';
require __DIR__ . '/src/Provisioning/ProvisionVm.php';
require __DIR__ . '/src/Provisioning/HypervisorStepEvent.php';
require __DIR__ . '/src/Provisioning/ProvisioningEvents.php';
require __DIR__ . '/src/Provisioning/AuditTrail.php';
require __DIR__ . '/src/Provisioning/ProvisionVmHandler.php';

use CloudPanel\Hypervisor\FakeHypervisorClient;
use CloudPanel\Panel;
use CloudPanel\Provisioning\AuditTrail;
use CloudPanel\Provisioning\ProvisionVm;
use CloudPanel\Provisioning\ProvisionVmHandler;
use Lite\EventDispatcher\EventDispatcher;
use Lite\Messenger\Envelope;
use Lite\Messenger\InMemoryTransport;
use Lite\Messenger\Worker;

$jobs = (int) (getenv('PHPLEAK_N') ?: 100);

Panel::boot([
    'events' => new EventDispatcher(),
    'hypervisor' => new FakeHypervisorClient([
        'fra-1' => ['cn-fra1-01', 'cn-fra1-02', 'cn-fra1-03'],
        'ams-3' => ['cn-ams3-07', 'cn-ams3-08'],
        'nyc-2' => ['cn-nyc2-11'],
    ]),
    'audit' => new AuditTrail(),
]);

$handler = new ProvisionVmHandler(Panel::get('hypervisor'), Panel::get('audit'));

$regions = ['fra-1', 'ams-3', 'nyc-2'];
$plans = ['s-1vcpu-1gb', 's-2vcpu-4gb', 'c-8vcpu-16gb', 'gpu-a100'];
$images = ['debian-12-x64', 'ubuntu-24.04-x64', 'rocky-9-x64'];

$transport = new InMemoryTransport(static function (int $seq) use ($jobs, $regions, $plans, $images): ?Envelope {
    if ($seq >= $jobs) {
        return null;
    }
    $vmUuid = sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32("vm$seq"), $seq & 0xffff, $seq % 0xfff, ($seq * 7) % 0xfff, $seq * 2654435761);
    $message = new ProvisionVm(
        $vmUuid,
        1000 + $seq % 37,
        sprintf('web-%d.customer%d.example.net', $seq, $seq % 37),
        $regions[$seq % 3],
        $plans[$seq % 4],
        $images[$seq % 3],
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' . base64_encode(hash('sha256', "key$seq", true)) . " deploy@tenant$seq",
        (new \DateTimeImmutable('2024-05-01T00:00:00Z'))->modify("+$seq seconds"),
    );

    return new Envelope($message, ['transport' => 'provisioning', 'attempt' => 1]);
});

$failures = 0;
$worker = new Worker(
    $transport,
    [ProvisionVm::class => $handler],
    static function (Envelope $envelope, \Throwable $e) use (&$failures): void {
        $failures++;
    },
);
$worker->run();
