<?php
// A chat lobby on Ratchet: a member joins with its first message, and
// the lobby lets go of a connection's entry when the connection closes.

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Lobby.php';

use Chat\Lobby;
use Ratchet\IoServer;

$server = new IoServer(new Lobby());
$server->run((int) (getenv('PHPLEAK_N') ?: 100));
