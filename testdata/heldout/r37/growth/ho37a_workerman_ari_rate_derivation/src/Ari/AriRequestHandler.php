<?php

namespace App\Ari;

use App\Pricing\DerivedRateCalculator;
use Workerman\Connection\TcpConnection;

final class AriRequestHandler
{
    public function __construct(private readonly DerivedRateCalculator $calculator)
    {
    }

    public function __invoke(TcpConnection $connection, string $data): void
    {
        $request = json_decode($data, true);
        $table = $this->calculator->rateTable(
            $request['rate_plan'],
            $request['channel'],
            $request['stay_date'],
            (int) $request['los'],
        );

        $connection->send(json_encode([
            'request_id' => $request['request_id'],
            'hotel' => $request['hotel'],
            'date' => $request['stay_date'],
            'rates' => array_values($table),
        ]));
    }
}
