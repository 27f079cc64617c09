<?php
// bin/console entry: runs app:access-log:tail, which follows the nginx access log and logs slow requests.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/vendor/monolog/monolog.php';
require __DIR__ . '/src/Command/TailAccessLogCommand.php';

use App\Command\TailAccessLogCommand;
use Monolog\Handler\BufferHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$logger = new Logger('access', [new BufferHandler(new StreamHandler('/dev/null'))]);
$application = new Application();
$application->add(new TailAccessLogCommand($logger));
$application->run(new ArrayInput(['command' => 'app:access-log:tail', '--lines' => $n]), new NullOutput());
