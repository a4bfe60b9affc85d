/**
 * @module
 * Entry point of the web UI bundle: mounts the app. Loaded as an external module script, so the
 * Content-Security-Policy needs no 'unsafe-inline'.
 */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
