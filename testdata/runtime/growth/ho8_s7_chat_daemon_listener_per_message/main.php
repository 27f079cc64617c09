<?php
// bin/console entry: runs the app:chat:daemon command that relays chat lines from the socket until --max-messages.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/src/Chat/ChatSocket.php';
require __DIR__ . '/src/Command/ChatDaemonCommand.php';

use App\Chat\ChatSocket;
use App\Command\ChatDaemonCommand;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\EventDispatcher\EventDispatcher;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application = new Application();
$application->add(new ChatDaemonCommand(new ChatSocket(), new EventDispatcher()));
$application->run(new ArrayInput(['command' => 'app:chat:daemon', '--max-messages' => $n]), new NullOutput());
