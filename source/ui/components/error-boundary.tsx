import {Box, Text, useApp} from 'ink';
import React, {type ReactNode} from 'react';
import {sanitiseText} from '../../model/sanitise.js';
import {useKeyInput} from '../use-key-input.js';

type Props = {children: ReactNode};
type State = {error?: Error};

function ErrorScreen({error}: {error: Error}) {
	const {exit} = useApp();
	useKeyInput(() => exit(error));
	return (
		<Box flexDirection="column" borderStyle="double" paddingX={1}>
			<Text bold>summit-tui hit an internal error and has to close.</Text>
			<Text>{sanitiseText(error.message)}</Text>
			<Text> </Text>
			<Text>Press any key to leave; the message is printed again after the terminal is restored.</Text>
		</Box>
	);
}

/** Turns an exception while rendering into a readable screen instead of a stack trace in raw mode. */
export class ErrorBoundary extends React.Component<Props, State> {
	override state: State = {};

	static getDerivedStateFromError(error: Error): State {
		return {error};
	}

	override render() {
		return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
	}
}
