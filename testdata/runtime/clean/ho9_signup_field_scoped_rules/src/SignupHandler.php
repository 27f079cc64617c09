<?php

namespace App;

use App\Validation\Field;
use App\Validation\Rules;
use Workerman\Connection\TcpConnection;

final class SignupHandler
{
    public function __construct(private Rules $rules) {}

    public function __invoke(TcpConnection $connection, string $data): void
    {
        $input = json_decode($data, true);
        $errors = [];
        foreach (['email' => [$this->rules->email(), $this->rules->maxLength(120)], 'bio' => [$this->rules->maxLength(500)]] as $name => $checks) {
            $field = new Field($name, $input[$name]);
            foreach ($checks as $i => $check) {
                $field->addRule("{$name}.{$i}", \Closure::bind($check, null, Field::class));
            }
            $errors = [...$errors, ...$field->errors()];
        }
        $connection->send(json_encode(['ok' => $errors === [], 'errors' => $errors]));
    }
}
