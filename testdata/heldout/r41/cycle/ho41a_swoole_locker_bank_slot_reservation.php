<?php

declare(strict_types=1);

namespace Locker\Domain;

final class Slot
{
    private ?LockerBank $bank = null;
    public ?string $reservedFor = null;

    public function __construct(
        public readonly string $code,
        public readonly string $size,
    ) {
    }

    public function setBank(LockerBank $bank): void
    {
        $this->bank = $bank; // leak
    }

    public function bank(): ?LockerBank
    {
        return $this->bank;
    }

    public function isFree(): bool
    {
        return $this->reservedFor === null;
    }

    public function label(): string
    {
        return $this->bank()?->siteCode . '/' . $this->code;
    }
}

final class SlotCollection implements \IteratorAggregate
{
    /** @var array<string, Slot> */
    private array $items = [];

    public function __construct(
        private LockerBank $owner, // leak
    ) {
    }

    public function add(Slot $slot): void
    {
        $this->items[$slot->code] = $slot;
        $slot->setBank($this->owner); // leak
    }

    public function firstFree(string $size): ?Slot
    {
        foreach ($this->items as $slot) {
            if ($slot->size === $size && $slot->isFree()) {
                return $slot;
            }
        }

        return null;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }
}

final class LockerBank
{
    public readonly SlotCollection $slots;

    public function __construct(
        public readonly string $siteCode,
        public readonly string $address,
    ) {
        $this->slots = new SlotCollection($this); // leak
    }
}

namespace Locker\Infrastructure;

use Locker\Domain\LockerBank;
use Locker\Domain\Slot;

final class LockerBankRepository
{
    /** @param array<string, array{string, list<array{string, string, ?string}>}> $rows */
    public function __construct(private array $rows)
    {
    }

    public function load(string $siteCode): LockerBank
    {
        [$address, $slotRows] = $this->rows[$siteCode];
        $bank = new LockerBank($siteCode, $address);
        foreach ($slotRows as [$code, $size, $reservedFor]) {
            $slot = new Slot($code, $size);
            $slot->reservedFor = $reservedFor;
            $bank->slots->add($slot);
        }

        return $bank;
    }
}

namespace Locker\Http;

use Locker\Infrastructure\LockerBankRepository;

final class ReserveSlotHandler
{
    public function __construct(private LockerBankRepository $banks)
    {
    }

    public function __invoke(array $request): array
    {
        $bank = $this->banks->load($request['site']);
        $slot = $bank->slots->firstFree($request['size']);
        if ($slot === null) {
            return ['status' => 409, 'body' => 'no free ' . $request['size'] . ' slot at ' . $request['site']];
        }

        $slot->reservedFor = $request['parcel'];

        return [
            'status' => 201,
            'body' => json_encode([
                'slot' => $slot->label(),
                'parcel' => $request['parcel'],
                'expires' => $request['ts'] + 72 * 3600,
            ]),
        ];
    }
}

namespace Swoole\Http;

// Minimal stand-in for the Swoole HTTP server's request loop.
final class Server
{
    private ?\Closure $onRequest = null;

    public function on(string $event, \Closure $handler): void
    {
        $this->onRequest = $handler;
    }

    public function start(int $requests, \Closure $makeRequest): void
    {
        for ($i = 0; $i < $requests; $i++) {
            ($this->onRequest)($makeRequest($i));
        }
    }
}

namespace App;

use Locker\Http\ReserveSlotHandler;
use Locker\Infrastructure\LockerBankRepository;

$repository = new LockerBankRepository([
    'WAW-017' => ['ul. Prosta 51, Warszawa', [['A1', 'S', null], ['A2', 'M', 'PX-1'], ['B1', 'L', null]]],
    'KRK-004' => ['ul. Dluga 3, Krakow', [['A1', 'M', null], ['A2', 'S', 'PX-2'], ['B1', 'L', 'PX-3']]],
    'GDN-110' => ['ul. Morska 8, Gdansk', [['A1', 'S', null], ['B1', 'M', null], ['B2', 'L', null]]],
]);
$handler = new ReserveSlotHandler($repository);

$server = new \Swoole\Http\Server();
$server->on('request', function (array $request) use ($handler): void {
    $handler($request);
});

$sites = ['WAW-017', 'KRK-004', 'GDN-110'];
$sizes = ['S', 'M', 'L'];
$server->start((int) (getenv('PHPLEAK_N') ?: 100), fn (int $i): array => [
    'site' => $sites[$i % 3],
    'size' => $sizes[intdiv($i, 3) % 3],
    'parcel' => sprintf('PX%010d', 5_000_000 + $i * 7),
    'ts' => 1_700_000_000 + $i * 45,
]);
