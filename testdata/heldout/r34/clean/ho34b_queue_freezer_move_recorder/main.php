<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine-lite/ORM.php';
require __DIR__ . '/vendor/laravel-lite/Queue.php';
require __DIR__ . '/app/Entities/Specimen.php';
require __DIR__ . '/app/Entities/CustodyTransfer.php';
require __DIR__ . '/app/Support/Doctrine.php';
require __DIR__ . '/app/Jobs/RecordSpecimenTransfer.php';
require __DIR__ . '/app/Listeners/ResetEntityManager.php';
require __DIR__ . '/app/Providers/QueueServiceProvider.php';

use App\Entities\CustodyTransfer;
use App\Entities\Specimen;
use App\Jobs\RecordSpecimenTransfer;
use App\Providers\QueueServiceProvider;
use App\Support\Doctrine;
use Doctrine\DBAL\Connection;
use Doctrine\ORM\EntityManager;
use Doctrine\ORM\ManagerRegistry;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Worker;

$connection = new Connection();
Doctrine::boot(new ManagerRegistry(static fn () => new EntityManager($connection, [
    Specimen::class => ['table' => 'specimen', 'hydrate' => Specimen::fromRow(...), 'extract' => null],
    CustodyTransfer::class => ['table' => 'custody_transfer', 'hydrate' => null, 'extract' => static fn (CustodyTransfer $t) => $t->toRow()],
])));

$events = new Dispatcher();
(new QueueServiceProvider($events))->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$reasons = ['Aliquoting for shipment to central lab', 'Consolidation after freezer defrost', 'Retrieved for PK assay batch', 'Returned after DNA extraction'];

(new Worker($events))->daemon('redis', static function (int $i) use ($reasons): string {
    return serialize(new RecordSpecimenTransfer(
        310000 + $i * 7 + $i % 3,
        sprintf('FRZ-%02d/shelf-%d/rack-%02d/box-%03d/pos-%02d', 1 + ($i + 3) % 6, 1 + $i % 5, 1 + $i % 12, 1 + ($i * 5) % 150, 1 + ($i * 11) % 81),
        ['t.ngata', 'r.schmidt', 'l.osei', 'p.varga'][$i % 4],
        $reasons[$i % 4],
        1717000000 + $i * 240,
    ));
}, $n);
